graph [ ] ]
