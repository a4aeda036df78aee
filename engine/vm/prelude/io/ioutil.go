// goroscope's package io/ioutil: the deprecated names older lessons still use.
package ioutil

import "io"

var Discard io.Writer = io.Discard

func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }
