// gomath: the float64 functions of Go's math package computed as Go computes them on amd64, so
// that results agree to the last bit (Go's Sin, Log, Cbrt... are not correctly rounded, and
// differ from the C library's in the last digit now and then). Sqrt, Floor and the like are
// exact everywhere and need nothing here. Exp (assembly on amd64) and Pow's fractional part use
// the C library and may differ from Go in the last bit.
#pragma once

namespace goro::vm::gomath {

double cbrt(double x);
double log(double x);
double log2(double x);
double log10(double x);
double log1p(double x);
double sin(double x);
double cos(double x);
double tan(double x);
double atan(double x);
double asin(double x);
double acos(double x);
double atan2(double y, double x);
double hypot(double p, double q);
double pow(double x, double y);
double exp(double x);

}  // namespace goro::vm::gomath
