package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

// text/tabwriter: column blocks end at a line without the column, padding, AlignRight, Debug
// bars, \f flushes, TabIndent, DiscardEmptyColumns, FilterHTML, Escape with and without StripEscape.
func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tSTATUS\tTIME\t")
	fmt.Fprintln(w, "worker-1\trunning\t1.5s\t")
	fmt.Fprintln(w, "w2\tblocked on chan receive\t80ms\t")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "a\tb")
	fmt.Fprintln(w, "ccc\tddddd\teee")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aa\tbbbbbbb\tc")
	fmt.Fprintln(w, "aaa\t\tc\f")
	fmt.Fprintln(w, "x\ty")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintf(w, "\tindented\tcol\n\t\tdeeper\tx\nnot\tindented\n")
	w.Flush()

	var sb strings.Builder
	w = tabwriter.NewWriter(&sb, 0, 4, 0, '-', tabwriter.DiscardEmptyColumns|tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprint(w, "<b>bold</b>\t&amp;\tz\n\v\vq\nhéllo\t\xffa\tb\xff\tend\n")
	fmt.Fprint(w, "no newline at end\tx")
	w.Flush()
	fmt.Printf("%q\n", sb.String())
	w = tabwriter.NewWriter(&sb, 0, 4, 0, ' ', 0)
	fmt.Fprint(w, "\xffa\tb\xff\tend\nxy\tz\n")
	w.Flush()
	fmt.Printf("%q\n", sb.String())
	fmt.Printf("%T %v\n", w, tabwriter.Debug)
}
