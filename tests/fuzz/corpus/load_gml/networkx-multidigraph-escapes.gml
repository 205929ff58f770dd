graph [
  directed 1
  multigraph 1
  name "t &#34;q&#34; &#38; &#233;"
  node [
    id 0
    label "a b"
    kind "agency"
    label2 "x"
    n 3
    f 2.5
    big 1.E+20
    b 1
    lst 1
    lst 2
    d [
      more_than 140
    ]
    nan NAN
  ]
  node [
    id 1
    label "&#252;"
  ]
  edge [
    source 0
    target 1
    key 0
    weight 2.5
    relation "funds"
  ]
  edge [
    source 0
    target 1
    key 1
  ]
]
