// goroscope's package math/rand (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package rand

import "math"

// The generator of Go 1.19: an additive lagged Fibonacci generator (lags 607 and 273) whose
// state Seed fills from a linear congruential sequence mixed with 607 constants (__cooked).
const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

func __cooked(i int) int64

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Source64 interface {
	Source
	Uint64() uint64
}

type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// seedrand: x[n+1] = 48271 * x[n] mod (2**31 - 1)
func seedrand(x int32) int32 {
	const (
		A = 48271
		Q = 44488
		R = 3399
	)
	hi := x / Q
	lo := x % Q
	x = A*lo - R*hi
	if x < 0 {
		x += int32max
	}
	return x
}

func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap
	seed = seed % int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i >= 0 {
			var u int64
			u = int64(x) << 40
			x = seedrand(x)
			u ^= int64(x) << 20
			x = seedrand(x)
			u ^= int64(x)
			u ^= __cooked(i)
			rng.vec[i] = u
		}
	}
}

func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}

func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & rngMask) }

func NewSource(seed int64) Source {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}

type Rand struct {
	src Source
	s64 Source64
}

func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }
func (r *Rand) Int63() int64    { return r.src.Int63() }
func (r *Rand) Uint32() uint32  { return uint32(r.Int63() >> 31) }
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n: Lemire's multiply-and-shift method (Shuffle uses it).
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// The top-level functions share one generator, seeded with 1 until Seed is called (Go 1.19).
var globalRand = New(NewSource(1))

func Seed(seed int64)                    { globalRand.Seed(seed) }
func Int63() int64                       { return globalRand.Int63() }
func Uint32() uint32                     { return globalRand.Uint32() }
func Uint64() uint64                     { return globalRand.Uint64() }
func Int31() int32                       { return globalRand.Int31() }
func Int() int                           { return globalRand.Int() }
func Int63n(n int64) int64               { return globalRand.Int63n(n) }
func Int31n(n int32) int32               { return globalRand.Int31n(n) }
func Intn(n int) int                     { return globalRand.Intn(n) }
func Float64() float64                   { return globalRand.Float64() }
func Float32() float32                   { return globalRand.Float32() }
func Perm(n int) []int                   { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// NormFloat64 and ExpFloat64 use Marsaglia and Tsang's ziggurat method, as Go's do: 128 strips
// for the normal distribution, 256 for the exponential. The strip tables follow from the method's
// constants (the tail start r and the common strip area v); they are built on first use.
const (
	zigNormR = 3.442619855899
	zigNormV = 9.91256303526217e-3
	zigExpR  = 7.697117470131487
	zigExpV  = 3.949659822581572e-3
	// the exponential tail starts from r written with other digits (Go's re), 4e-13 below
	zigExpTail = 7.69711747013104972
)

var (
	zigNormK [128]uint32
	zigNormW [128]float32
	zigNormF [128]float32
	zigExpK  [256]uint32
	zigExpW  [256]float32
	zigExpF  [256]float32
	zigReady bool
)

func zigTables() {
	if zigReady {
		return
	}
	zigReady = true
	const m1 = 2147483648.0
	d := zigNormR
	t := d
	q := zigNormV / math.Exp(-.5*d*d)
	zigNormK[0] = uint32((d / q) * m1)
	zigNormK[1] = 0
	zigNormW[0] = float32(q / m1)
	zigNormW[127] = float32(d / m1)
	zigNormF[0] = 1
	zigNormF[127] = float32(math.Exp(-.5 * d * d))
	for i := 126; i >= 1; i-- {
		d = math.Sqrt(-2 * math.Log(zigNormV/d+math.Exp(-.5*d*d)))
		zigNormK[i+1] = uint32((d / t) * m1)
		t = d
		zigNormF[i] = float32(math.Exp(-.5 * d * d))
		zigNormW[i] = float32(d / m1)
	}
	const m2 = 4294967296.0
	d = zigExpR
	t = d
	q = zigExpV / math.Exp(-d)
	zigExpK[0] = uint32((d / q) * m2)
	zigExpK[1] = 0
	zigExpW[0] = float32(q / m2)
	zigExpW[255] = float32(d / m2)
	zigExpF[0] = 1
	zigExpF[255] = float32(math.Exp(-d))
	for i := 254; i >= 1; i-- {
		d = -math.Log(zigExpV/d + math.Exp(-d))
		zigExpK[i+1] = uint32((d / t) * m2)
		t = d
		zigExpF[i] = float32(math.Exp(-d))
		zigExpW[i] = float32(d / m2)
	}
}

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64: a normally distributed float64 with mean 0 and standard deviation 1.
func (r *Rand) NormFloat64() float64 {
	zigTables()
	for {
		j := int32(r.Uint32())
		i := j & 0x7F
		x := float64(j) * float64(zigNormW[i])
		if absInt32(j) < zigNormK[i] {
			return x // the strip's rectangle: almost always
		}
		if i == 0 {
			for { // the tail beyond r
				x = -math.Log(r.Float64()) * (1.0 / zigNormR)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return zigNormR + x
			}
			return -zigNormR - x
		}
		if zigNormF[i]+float32(r.Float64())*(zigNormF[i-1]-zigNormF[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64: an exponentially distributed float64 with rate 1.
func (r *Rand) ExpFloat64() float64 {
	zigTables()
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(zigExpW[i])
		if j < zigExpK[i] {
			return x
		}
		if i == 0 {
			return zigExpTail - math.Log(r.Float64())
		}
		if zigExpF[i]+float32(r.Float64())*(zigExpF[i-1]-zigExpF[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

func NormFloat64() float64 { return globalRand.NormFloat64() }
func ExpFloat64() float64  { return globalRand.ExpFloat64() }
