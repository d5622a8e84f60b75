// Package docx renders the quarterly report as an editable Word document.
package docx
