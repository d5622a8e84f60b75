// Package office converts the word-processor formats baocao does not read itself (.doc, .odt, .rtf) to .docx through LibreOffice.
package office
