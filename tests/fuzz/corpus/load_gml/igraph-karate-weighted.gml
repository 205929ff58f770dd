Creator "igraph version 0.10.2"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    name "v0"
  ]
  node
  [
    id 1
    name "v1"
  ]
  node
  [
    id 2
    name "v2"
  ]
  node
  [
    id 3
    name "v3"
  ]
  node
  [
    id 4
    name "v4"
  ]
  node
  [
    id 5
    name "v5"
  ]
  node
  [
    id 6
    name "v6"
  ]
  node
  [
    id 7
    name "v7"
  ]
  node
  [
    id 8
    name "v8"
  ]
  node
  [
    id 9
    name "v9"
  ]
  node
  [
    id 10
    name "v10"
  ]
  node
  [
    id 11
    name "v11"
  ]
  node
  [
    id 12
    name "v12"
  ]
  node
  [
    id 13
    name "v13"
  ]
  node
  [
    id 14
    name "v14"
  ]
  node
  [
    id 15
    name "v15"
  ]
  node
  [
    id 16
    name "v16"
  ]
  node
  [
    id 17
    name "v17"
  ]
  node
  [
    id 18
    name "v18"
  ]
  node
  [
    id 19
    name "v19"
  ]
  node
  [
    id 20
    name "v20"
  ]
  node
  [
    id 21
    name "v21"
  ]
  node
  [
    id 22
    name "v22"
  ]
  node
  [
    id 23
    name "v23"
  ]
  node
  [
    id 24
    name "v24"
  ]
  node
  [
    id 25
    name "v25"
  ]
  node
  [
    id 26
    name "v26"
  ]
  node
  [
    id 27
    name "v27"
  ]
  node
  [
    id 28
    name "v28"
  ]
  node
  [
    id 29
    name "v29"
  ]
  node
  [
    id 30
    name "v30"
  ]
  node
  [
    id 31
    name "v31"
  ]
  node
  [
    id 32
    name "v32"
  ]
  node
  [
    id 33
    name "v33"
  ]
  edge
  [
    source 1
    target 0
    weight 0.5
  ]
  edge
  [
    source 2
    target 0
    weight 1.5
  ]
  edge
  [
    source 3
    target 0
    weight 2.5
  ]
  edge
  [
    source 4
    target 0
    weight 3.5
  ]
  edge
  [
    source 5
    target 0
    weight 4.5
  ]
  edge
  [
    source 6
    target 0
    weight 0.5
  ]
  edge
  [
    source 7
    target 0
    weight 1.5
  ]
  edge
  [
    source 8
    target 0
    weight 2.5
  ]
  edge
  [
    source 10
    target 0
    weight 3.5
  ]
  edge
  [
    source 11
    target 0
    weight 4.5
  ]
  edge
  [
    source 12
    target 0
    weight 0.5
  ]
  edge
  [
    source 13
    target 0
    weight 1.5
  ]
  edge
  [
    source 17
    target 0
    weight 2.5
  ]
  edge
  [
    source 19
    target 0
    weight 3.5
  ]
  edge
  [
    source 21
    target 0
    weight 4.5
  ]
  edge
  [
    source 31
    target 0
    weight 0.5
  ]
  edge
  [
    source 2
    target 1
    weight 1.5
  ]
  edge
  [
    source 3
    target 1
    weight 2.5
  ]
  edge
  [
    source 7
    target 1
    weight 3.5
  ]
  edge
  [
    source 13
    target 1
    weight 4.5
  ]
  edge
  [
    source 17
    target 1
    weight 0.5
  ]
  edge
  [
    source 19
    target 1
    weight 1.5
  ]
  edge
  [
    source 21
    target 1
    weight 2.5
  ]
  edge
  [
    source 30
    target 1
    weight 3.5
  ]
  edge
  [
    source 3
    target 2
    weight 4.5
  ]
  edge
  [
    source 7
    target 2
    weight 0.5
  ]
  edge
  [
    source 27
    target 2
    weight 1.5
  ]
  edge
  [
    source 28
    target 2
    weight 2.5
  ]
  edge
  [
    source 32
    target 2
    weight 3.5
  ]
  edge
  [
    source 9
    target 2
    weight 4.5
  ]
  edge
  [
    source 8
    target 2
    weight 0.5
  ]
  edge
  [
    source 13
    target 2
    weight 1.5
  ]
  edge
  [
    source 7
    target 3
    weight 2.5
  ]
  edge
  [
    source 12
    target 3
    weight 3.5
  ]
  edge
  [
    source 13
    target 3
    weight 4.5
  ]
  edge
  [
    source 6
    target 4
    weight 0.5
  ]
  edge
  [
    source 10
    target 4
    weight 1.5
  ]
  edge
  [
    source 6
    target 5
    weight 2.5
  ]
  edge
  [
    source 10
    target 5
    weight 3.5
  ]
  edge
  [
    source 16
    target 5
    weight 4.5
  ]
  edge
  [
    source 16
    target 6
    weight 0.5
  ]
  edge
  [
    source 30
    target 8
    weight 1.5
  ]
  edge
  [
    source 32
    target 8
    weight 2.5
  ]
  edge
  [
    source 33
    target 8
    weight 3.5
  ]
  edge
  [
    source 33
    target 9
    weight 4.5
  ]
  edge
  [
    source 33
    target 13
    weight 0.5
  ]
  edge
  [
    source 32
    target 14
    weight 1.5
  ]
  edge
  [
    source 33
    target 14
    weight 2.5
  ]
  edge
  [
    source 32
    target 15
    weight 3.5
  ]
  edge
  [
    source 33
    target 15
    weight 4.5
  ]
  edge
  [
    source 32
    target 18
    weight 0.5
  ]
  edge
  [
    source 33
    target 18
    weight 1.5
  ]
  edge
  [
    source 33
    target 19
    weight 2.5
  ]
  edge
  [
    source 32
    target 20
    weight 3.5
  ]
  edge
  [
    source 33
    target 20
    weight 4.5
  ]
  edge
  [
    source 32
    target 22
    weight 0.5
  ]
  edge
  [
    source 33
    target 22
    weight 1.5
  ]
  edge
  [
    source 25
    target 23
    weight 2.5
  ]
  edge
  [
    source 27
    target 23
    weight 3.5
  ]
  edge
  [
    source 32
    target 23
    weight 4.5
  ]
  edge
  [
    source 33
    target 23
    weight 0.5
  ]
  edge
  [
    source 29
    target 23
    weight 1.5
  ]
  edge
  [
    source 25
    target 24
    weight 2.5
  ]
  edge
  [
    source 27
    target 24
    weight 3.5
  ]
  edge
  [
    source 31
    target 24
    weight 4.5
  ]
  edge
  [
    source 31
    target 25
    weight 0.5
  ]
  edge
  [
    source 29
    target 26
    weight 1.5
  ]
  edge
  [
    source 33
    target 26
    weight 2.5
  ]
  edge
  [
    source 33
    target 27
    weight 3.5
  ]
  edge
  [
    source 31
    target 28
    weight 4.5
  ]
  edge
  [
    source 33
    target 28
    weight 0.5
  ]
  edge
  [
    source 32
    target 29
    weight 1.5
  ]
  edge
  [
    source 33
    target 29
    weight 2.5
  ]
  edge
  [
    source 32
    target 30
    weight 3.5
  ]
  edge
  [
    source 33
    target 30
    weight 4.5
  ]
  edge
  [
    source 32
    target 31
    weight 0.5
  ]
  edge
  [
    source 33
    target 31
    weight 1.5
  ]
  edge
  [
    source 33
    target 32
    weight 2.5
  ]
]
