// Package pdf reads a PDF's text layer into the document model: words with positions become lines, paragraphs and ruled tables.
package pdf
