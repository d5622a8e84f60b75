// Package pdf renders official-format Party documents (the Danh mục annex and the quarterly report) and is the only importer of fpdf.
package pdf
