package xlsx

import (
	"testing"

	"baocao/internal/program"
)

// bundledProgramme stands for the parsed seed until the parser is wired in:
// the seed has 27 annex rows, so the fixture is scaled to 27.
func bundledProgramme(tb testing.TB) *program.Programme {
	tb.Helper()
	return scaledProgramme(27)
}
