// Package reader reads any supported input file into a document.Document, choosing the reader by the file's content.
package reader
