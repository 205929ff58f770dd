# innonet.bash: bash completion for innonet. Commands, options, --by measures and --format values
# are read from innonet's own --help, so new ones complete without editing this file.
# Installed as share/bash-completion/completions/innonet.
_innonet()
{
	local cur prev words cword
	if declare -F _init_completion >/dev/null; then
		_init_completion || return
	else
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=${COMP_WORDS[COMP_CWORD - 1]}
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
	fi
	local bin=${words[0]} commands
	commands=$("$bin" --help 2>/dev/null | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p' | tr '\n' ' ')

	if [ "$cword" -eq 1 ]; then
		COMPREPLY=($(compgen -W "$commands help --help --version" -- "$cur"))
		return
	fi
	local command=${words[1]}
	if [ "$command" = help ]; then
		[ "$cword" -eq 2 ] && COMPREPLY=($(compgen -W "$commands" -- "$cur"))
		return
	fi
	case " $commands " in *" $command "*) ;; *) return ;; esac

	local help
	help=$("$bin" "$command" --help 2>/dev/null)
	case $prev in
	--by | -b)
		# the measure list of --help: "  name   definition", continuation lines indented further
		COMPREPLY=($(compgen -W "$(sed -n '/^measures/,/^$/s/^  \([a-z][a-z_-]*\)  .*/\1/p' <<<"$help")" -- "$cur"))
		return
		;;
	--format | -f)
		# the formats its --help names: "table (default), csv or json" -> table csv json
		COMPREPLY=($(compgen -W "$(sed -n 's/^  -f, --format FORMAT *//p' <<<"$help" |
			sed 's/([^)]*)//g; s/,/ /g; s/ or / /g')" -- "$cur"))
		return
		;;
	--output | -o)
		COMPREPLY=($(compgen -f -- "$cur"))
		return
		;;
	--input-format)
		# the formats its --help names: "read MODEL as FMT: json, graphml, ..." -> json graphml ...
		COMPREPLY=($(compgen -W "$(sed -n 's/^ *--input-format FMT *read MODEL as FMT: //p' <<<"$help" |
			sed 's/([^)]*)//g; s/,/ /g; s/ or / /g')" -- "$cur"))
		return
		;;
	--links | --nodes)
		COMPREPLY=($(compgen -f -X '!*.[cC][sS][vV]' -- "$cur") $(compgen -d -- "$cur"))
		return
		;;
	esac
	# an option that takes a value (shown with one in --help) gets no file names
	if grep -Eq -- "^  (-., )?$prev [A-Z]" <<<"$help" || grep -Eq -- "^      $prev [A-Z]" <<<"$help"; then
		return
	fi
	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$(grep -Eo -- '^  (-[a-zA-Z], )?--[a-z-]+|^      --[a-z-]+' <<<"$help" |
			tr ',' ' ')" -- "$cur"))
	else
		# files of every model format innonet reads (docs/formats.md), by extension
		local ext
		COMPREPLY=($(compgen -d -- "$cur"))
		for ext in json graphml xml gexf dot gv csv net paj dl edgelist edges ncol lgl adjlist gml txt g6 s6 graph6 sparse6 gw leda dimacs max cyjs graphmlz gz; do
			COMPREPLY+=($(compgen -f -X "!*.$ext" -- "$cur"))
		done
	fi
}
complete -F _innonet innonet
