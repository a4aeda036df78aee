// strconv's errors print as *NumError ("strconv.Atoi: parsing \"x\": invalid syntax") and
// match ErrSyntax/ErrRange with errors.Is; range errors return the clamped value.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "+3", "x1", "", "99999999999999999999", "0x1f", "1_000", " 5"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err, errors.Is(err, strconv.ErrRange))
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-0b101", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("1_000", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.Atoi("abc")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("inf", 64)
	fmt.Println(f, err)
}
