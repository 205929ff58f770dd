graph [
  directed 1
  name "directed"
  node [
    id 0
    label "A1"
    kind "agency"
  ]
  node [
    id 1
    label "A2"
    kind "agency"
  ]
  node [
    id 2
    label "I1"
    kind "institute"
  ]
  node [
    id 3
    label "I2"
    kind "institute"
  ]
  node [
    id 4
    label "I3"
    kind "institute"
  ]
  node [
    id 5
    label "M1"
    kind "member_type"
  ]
  node [
    id 6
    label "M2"
    kind "member_type"
  ]
  node [
    id 7
    label "M3"
    kind "member_type"
  ]
  edge [
    source 0
    target 2
  ]
  edge [
    source 0
    target 3
  ]
  edge [
    source 1
    target 4
  ]
  edge [
    source 1
    target 0
  ]
  edge [
    source 2
    target 5
  ]
  edge [
    source 3
    target 5
  ]
  edge [
    source 3
    target 6
  ]
  edge [
    source 4
    target 6
  ]
  edge [
    source 4
    target 7
  ]
  edge [
    source 5
    target 4
  ]
  edge [
    source 6
    target 0
  ]
]
