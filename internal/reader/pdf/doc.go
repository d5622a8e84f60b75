// Package pdf reads a PDF's text layer into the document model: glyphs with positions become words, lines, paragraphs and tables (from ruling lines, or by column alignment).
package pdf
