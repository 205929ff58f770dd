graph [ node [ id 0 since 2015 until 2012 ] ]
