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
	esac
	# an option that takes a value (shown with one in --help) gets no file names
	if grep -Eq -- "^  (-., )?$prev [A-Z]" <<<"$help" || grep -Eq -- "^      $prev [A-Z]" <<<"$help"; then
		return
	fi
	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$(grep -Eo -- '^  (-[a-zA-Z], )?--[a-z-]+|^      --[a-z-]+' <<<"$help" |
			tr ',' ' ')" -- "$cur"))
	else
		COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
	fi
}
complete -F _innonet innonet
