// Package xlsx writes the Excel workbooks (annex, progress report, agency forms) and reads returned forms; the only excelize importer.
package xlsx
