package cli

func (a *app) cmdGen(args []string) error {
	var rows int
	var seed int64
	var out string
	f := a.flags("baocao gen --rows N [--seed S] [-o FILE]",
		`Print a synthetic action programme with N annex rows, realistic in layout,
agencies, kinds and deadline phrases, for benchmarks and scale tests. The
same --rows and --seed give the same text.`,
		"  baocao gen --rows 1000 --seed 7 > /tmp/big.txt && baocao check /tmp/big.txt")
	f.IntVar(&rows, "rows", 0, "number of annex `rows` (1 to 1000000)")
	f.Int64Var(&seed, "seed", 1, "random `seed`")
	f.StringVar(&out, "o", "", "write to this `file` (atomically) instead of stdout")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if err := f.none(pos); err != nil {
		return err
	}
	if rows < 1 || rows > 1_000_000 {
		return usageErrorf("--rows %d: expected a number of rows from 1 to 1000000", rows)
	}
	text, err := genProgramme(rows, seed)
	if err != nil {
		return err
	}
	return a.writeTo(out, text)
}
