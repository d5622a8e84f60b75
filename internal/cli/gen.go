package cli

import "baocao/internal/gen"

// genProgramme makes a synthetic programme text in the seed's layout.
func genProgramme(rows int, seed int64) ([]byte, error) {
	return gen.Programme(rows, seed), nil
}
