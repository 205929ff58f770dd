#!/bin/sh
# gallery.sh: draw the gallery of docs/gallery/ from the built-in NNMI 2016 model.
# usage: sh examples/gallery.sh [INNONET [DIR]]   (default: build/innonet, docs/gallery)
# Every drawing is reproducible: running this again gives the same files, byte for byte.
set -eu

bin=${1:-build/innonet}
dir=${2:-docs/gallery}
mkdir -p "$dir"
draw() {
	out=$1
	shift
	"$bin" export -q -o "$dir/$out" "$@"
}

# 1. the whole network, shape and colour by kind, line style by relation
draw nnmi-by-kind.svg
# 2. the institutes with their lead organizations and sponsors, sized and coloured by betweenness
#    (measured on the whole network)
draw institutes-betweenness.svg --kind institute,lead_organization,agency,office \
	--size-by betweenness --color-by betweenness --title "NNMI institutes, lead organizations and sponsors by betweenness"
# 3. the ego network of AMNPO, the interagency office: everything one link away
draw ego-amnpo.svg --ego AMNPO --radius 1 --layout neato
# 4. the minimum node cut between the Department of Commerce, which the RAMI Act makes
#    responsible for the network, and the member companies: the two nodes it reaches them through
draw cut-commerce-companies.svg --highlight cut:Commerce:companies
# 5. the institutes grouped by lead agency
draw institutes-by-agency.svg --kind institute,lead_organization,agency --cluster-by lead_agency
# 6. the whole network in Chinese, as PNG and PDF for print
draw nnmi-zh.png --lang zh
draw nnmi-zh.pdf --lang zh
# 7. the interactive view: search, hover, click for details, filters, a year slider (open it in a browser)
draw nnmi-view.html
