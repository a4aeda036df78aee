// Functions that take an io.Writer: os.Stdout, a strings.Builder, a user type with a Write
// method, io.MultiWriter and io.Discard; fmt.Fprintf returns the writer's byte count.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ n int }

func (u *upper) Write(p []byte) (int, error) {
	u.n += len(p)
	fmt.Print(strings.ToUpper(string(p)))
	return len(p), nil
}

func report(w io.Writer, name string, v int) {
	fmt.Fprintf(w, "%-6s %3d\n", name, v)
}

func main() {
	report(os.Stdout, "stdout", 1)
	var sb strings.Builder
	report(&sb, "built", 2)
	fmt.Print(sb.String())
	u := &upper{}
	report(u, "user", 3)
	n, err := fmt.Fprintln(u, "bytes counted")
	fmt.Println(n, err, u.n)
	report(io.MultiWriter(os.Stdout, &sb), "multi", 4)
	fmt.Printf("%q\n", sb.String())
	k, _ := fmt.Fprintf(io.Discard, "%d", 12345)
	fmt.Println(k)
	io.WriteString(os.Stdout, "io.WriteString\n")
}
