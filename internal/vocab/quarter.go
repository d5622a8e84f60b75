package vocab

import "regexp"

// QuarterPhrase finds a quarter written in any of the three styles a
// document may use ("quý II-2021", "quý II năm 2021", "quý II/2021"), also
// when it names several quarters of one year ("quý I và quý II-2021", "quý
// III và IV/2021"): group 1 is everything before the year's separator,
// group 2 the year. Renderers use it to write every quarter of a text in
// one style.
var QuarterPhrase = regexp.MustCompile(`(quý (?:IV|III|II|I)(?:(?:, | và | hoặc | đến )(?:quý )?(?:IV|III|II|I))*)(?:-| năm |/)(\d{4})\b`)
