package xlsx

// serifMetrics returns the regular and bold Liberation Serif metrics
// together: every sheet measures its body text with the one and its
// titles and headers with the other.
func serifMetrics() (regular, bold *fontMetrics, err error) {
	if regular, err = serifRegular(); err != nil {
		return nil, nil, err
	}
	if bold, err = serifBold(); err != nil {
		return nil, nil, err
	}
	return regular, bold, nil
}
