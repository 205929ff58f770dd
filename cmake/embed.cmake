# embed.cmake: turn a file into a C byte array, so the default model needs no file at run time.
# usage: cmake -DINPUT=file -DOUTPUT=file.c -DSYMBOL=name -P embed.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR size "${hexlen} / 2")
# Two hex digits a byte; sixteen bytes a line keeps the generated file readable in a diff.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){16})" "\\1\n" bytes "${bytes}")
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}"
  "/* Generated from ${name} by cmake/embed.cmake: do not edit. */\n"
  "#include <stddef.h>\n"
  "const char ${SYMBOL}_name[] = \"${name}\";\n"
  "const size_t ${SYMBOL}_size = ${size};\n"
  "/* One extra NUL so the bytes can be parsed as a C string. */\n"
  "const unsigned char ${SYMBOL}[] = {\n${bytes}\n0x00};\n")
