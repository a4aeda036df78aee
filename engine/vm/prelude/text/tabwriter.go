// goroscope's package text/tabwriter: Go's elastic tabstops. Text is collected as cells (ended by
// '\t', '\v', '\n' or '\f'); on Flush (or a line with a single cell, or '\f') each block of
// consecutive lines that have a cell in a column gets that column's width, recursively from the
// leftmost column, and the lines are written padded.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

const (
	FilterHTML uint = 1 << iota // ignore HTML tags, count an entity as one character
	StripEscape                 // drop the Escape characters around escaped text
	AlignRight                  // pad cells on their left
	DiscardEmptyColumns         // a column of empty soft cells gets no width
	TabIndent                   // pad leading empty cells with tabs
	Debug                       // print '|' between columns
)

// Escape brackets text whose characters are not interpreted (a tab inside is not a separator).
const Escape = '\xff'

type cell struct {
	size  int  // bytes of text
	width int  // runes shown
	htab  bool // ended by '\t' (not '\v')
}

type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	text    []byte   // the text of every cell, separators left out
	counted int      // text up to here is counted in open.width
	open    cell     // the cell being written
	endChar byte     // the end of the escaped section being written, or 0
	lines   [][]cell // lines so far; the last one is being written
	widths  []int    // widths of the columns being formatted, leftmost first
	err     error    // the first error of the output
}

func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth, b.tabwidth, b.padding, b.padchar = minwidth, tabwidth, padding, padchar
	if padchar == '\t' {
		flags &^= AlignRight // tabs cannot align text on the right
	}
	b.flags = flags
	b.reset()
	return b
}

func (b *Writer) reset() {
	b.text = b.text[:0]
	b.counted = 0
	b.open = cell{}
	b.endChar = 0
	b.lines = [][]cell{nil}
	b.widths = b.widths[:0]
}

func (b *Writer) write(p []byte) {
	if b.err != nil {
		return
	}
	n, err := b.output.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	b.err = err
}

func (b *Writer) repeat(c byte, n int) {
	if n <= 0 {
		return
	}
	p := make([]byte, n)
	for i := range p {
		p[i] = c
	}
	b.write(p)
}

func (b *Writer) pad(textw, cellw int, useTabs bool) {
	if b.padchar == '\t' || useTabs {
		if b.tabwidth == 0 {
			return // tabs have no width: no padding possible
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		b.repeat('\t', (cellw-textw+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.repeat(b.padchar, cellw-textw)
}

// writeLines writes lines [line0, line1) whose text starts at pos, padded to b.widths.
func (b *Writer) writeLines(pos, line0, line1 int) int {
	for i := line0; i < line1; i++ {
		useTabs := b.flags&TabIndent != 0
		for j, c := range b.lines[i] {
			if j > 0 && b.flags&Debug != 0 {
				b.write([]byte{'|'})
			}
			hasWidth := j < len(b.widths)
			switch {
			case c.size == 0:
				if hasWidth {
					b.pad(c.width, b.widths[j], useTabs)
				}
			case b.flags&AlignRight == 0:
				useTabs = false
				b.write(b.text[pos : pos+c.size])
				pos += c.size
				if hasWidth {
					b.pad(c.width, b.widths[j], false)
				}
			default:
				useTabs = false
				if hasWidth {
					b.pad(c.width, b.widths[j], false)
				}
				b.write(b.text[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			b.write(b.text[pos : pos+b.open.size]) // the last, unfinished cell
			pos += b.open.size
		} else {
			b.write([]byte{'\n'})
		}
	}
	return pos
}

// format writes lines [line0, line1): every run of lines with a cell in the next column is a
// block whose cells share one width; inside a block, the columns to its right are formatted
// the same way.
func (b *Writer) format(pos, line0, line1 int) int {
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		pos = b.writeLines(pos, line0, this)
		line0 = this
		width := b.minwidth
		discardable := true
		for ; this < line1; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

func (b *Writer) add(p []byte) {
	b.text = append(b.text, p...)
	b.open.size += len(p)
}

func (b *Writer) count() {
	b.open.width += utf8.RuneCount(b.text[b.counted:])
	b.counted = len(b.text)
}

func (b *Writer) endCell(htab bool) int {
	b.open.htab = htab
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], b.open)
	b.open = cell{}
	return len(b.lines[last])
}

func (b *Writer) startEscape(c byte) {
	switch c {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.count()
		if b.flags&StripEscape == 0 {
			b.open.width -= 2 // the Escape characters take no room
		}
	case ';':
		b.open.width++ // an entity shows as one character
	}
	b.counted = len(b.text)
	b.endChar = 0
}

func (b *Writer) flushAll() {
	if b.open.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.endCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Flush writes everything buffered; call it after the last Write.
func (b *Writer) Flush() error {
	b.flushAll()
	err := b.err
	b.err = nil
	return err
}

func (b *Writer) Write(buf []byte) (n int, err error) {
	for i, ch := range buf {
		if b.endChar != 0 {
			if ch == b.endChar {
				j := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					j = i
				}
				b.add(buf[n:j])
				n = i + 1
				b.endEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.add(buf[n:i])
			b.count()
			n = i + 1
			cells := b.endCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.lines = append(b.lines, nil)
				if ch == '\f' || cells == 1 {
					// A line with one cell ends every block: write what we have.
					b.flushAll()
					if ch == '\f' && b.flags&Debug != 0 {
						b.write([]byte("---\n"))
					}
				}
			}
		case Escape:
			b.add(buf[n:i])
			b.count()
			n = i
			if b.flags&StripEscape != 0 {
				n++
			}
			b.startEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.add(buf[n:i])
				b.count()
				n = i
				b.startEscape(ch)
			}
		}
	}
	b.add(buf[n:])
	err = b.err
	b.err = nil
	return len(buf), err
}
