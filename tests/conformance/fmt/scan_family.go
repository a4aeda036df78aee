package main

import (
	"bufio"
	"fmt"
	"strings"
)

// fmt's scanning: Sscan (newlines are spaces), Sscanln (a newline ends), Sscanf (the format's text
// must match), widths, verbs per type, and the errors Go reports for each kind of mismatch.
func main() {
	var a, b int
	var s string
	var f float64
	var ok bool

	n, err := fmt.Sscan("12 \n 34 go 2.5 true", &a, &b, &s, &f, &ok)
	fmt.Println(n, err, a, b, s, f, ok)

	n, err = fmt.Sscanln("5 6\n7", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("5\n6", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("5 6 7", &a, &b)
	fmt.Println(n, err)

	n, err = fmt.Sscanf("consumer 3 handled 17", "consumer %d handled %d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x=10,y=20", "x=%d,y=%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x=10;y=20", "x=%d,y=%d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("ff 0x1F 0b101 017", "%x %v %v %v", &a, &b, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7 8", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf(`"hi there" x`, "%q %c", &s, &a)
	fmt.Println(n, err, s, string(rune(a)))

	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err)
	var u uint
	n, err = fmt.Sscan("-3", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e3 -0.25", &f, &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("yes", &ok)
	fmt.Println(n, err, ok)
	n, err = fmt.Sscan("4", a)
	fmt.Println(n, err)
	var words []string
	rd := bufio.NewReader(strings.NewReader("alpha beta\ngamma"))
	for {
		var w string
		if _, err := fmt.Fscan(rd, &w); err != nil {
			fmt.Println("stop:", err)
			break
		}
		words = append(words, w)
	}
	fmt.Printf("%q\n", words)
	var x, y int
	n, err = fmt.Fscanln(strings.NewReader("1 2\n3 4\n"), &x, &y)
	fmt.Println(n, err, x, y)
}
