// Package report is the quarterly report as one presentation model, built once from a review and the wording templates and drawn by the PDF, XLSX and DOCX renderers.
package report
