// Formatting numbers: Itoa, FormatInt in bases, FormatFloat in every format, Quote family.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(1<<63, 10), strconv.FormatBool(true))
	for _, f := range []float64{3.14159, 1e21, 0.000012345, 100, -2.5, 0} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'G', 4, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(1.0/3, 'g', -1, 32), strconv.FormatFloat(2.5, 'x', -1, 64), strconv.FormatFloat(8, 'b', -1, 64))
	fmt.Println(strconv.Quote("hi\n\"there\" é"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 12, 10)))
}
