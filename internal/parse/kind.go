package parse

import (
	"baocao/internal/program"
	"baocao/internal/vocab"
)

// KindOf returns the kind a word names ("Đề án", "sơ kết", "Chỉ thị"); the
// words are listed at vocab.Kind.
func KindOf(word string) (program.Kind, bool) { return vocab.Kind(word) }

// kindPrefix reports the kind named by the words at the start of s and how
// many bytes of s they take (vocab.KindPrefix).
func kindPrefix(s string) (program.Kind, int, bool) { return vocab.KindPrefix(s) }
