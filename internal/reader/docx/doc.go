// Package docx reads a Word .docx (WordprocessingML) into a document.Document: paragraphs, runs with bold/italic, tables with merged cells, numbering labels.
//
// The OOXML parts are read with archive/zip and encoding/xml rather than a
// library. Of the maintained Go libraries, github.com/gomutex/godocx skips
// w:sdt, w:hyperlink, w:ins and w:smartTag content (its body and paragraph
// decoders Skip every element they do not model), and
// github.com/fumiama/go-docx skips body-level w:sdt and w:ins and swallows
// decoding errors that begin with "expected"; neither resolves style basedOn
// chains or computes numbering labels, and both read whole parts with
// io.ReadAll without a size cap. A programme's text lives exactly in those
// places (content controls, tracked insertions, auto-numbered TT columns),
// and a .docx comes from outside, so reading the few parts we need ourselves
// is both more complete and safer.
package docx
