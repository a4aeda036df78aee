package main

import (
	"bytes"
	"flag"
	"fmt"
	"strings"
)

// flag.FlagSet with SetOutput: parse errors and usage go to the chosen writer.
func main() {
	var buf bytes.Buffer
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(&buf)
	n := fs.Int("n", 1, "how many")
	err := fs.Parse([]string{"-n", "x"})
	fmt.Println(err, *n)
	fmt.Print(strings.ReplaceAll(buf.String(), "\t", "<TAB>"))
	buf.Reset()
	err = fs.Parse([]string{"-help"})
	fmt.Println(err)
	fmt.Print(buf.String())
	fmt.Println(fs.Output() == &buf)
}
