// goroscope's package sync/atomic (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package atomic

// One VM lock serialises interpreted code and a function body without calls or loops never
// yields, so these plain reads and writes are atomic.

type noCopy struct{}
type align64 struct{}

func AddInt32(addr *int32, delta int32) (new int32)         { *addr += delta; return *addr }
func AddInt64(addr *int64, delta int64) (new int64)         { *addr += delta; return *addr }
func AddUint32(addr *uint32, delta uint32) (new uint32)     { *addr += delta; return *addr }
func AddUint64(addr *uint64, delta uint64) (new uint64)     { *addr += delta; return *addr }
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { *addr += delta; return *addr }

func LoadInt32(addr *int32) int32       { return *addr }
func LoadInt64(addr *int64) int64       { return *addr }
func LoadUint32(addr *uint32) uint32    { return *addr }
func LoadUint64(addr *uint64) uint64    { return *addr }
func LoadUintptr(addr *uintptr) uintptr { return *addr }

func StoreInt32(addr *int32, val int32)       { *addr = val }
func StoreInt64(addr *int64, val int64)       { *addr = val }
func StoreUint32(addr *uint32, val uint32)    { *addr = val }
func StoreUint64(addr *uint64, val uint64)    { *addr = val }
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

func SwapInt32(addr *int32, new int32) (old int32)         { old = *addr; *addr = new; return }
func SwapInt64(addr *int64, new int64) (old int64)         { old = *addr; *addr = new; return }
func SwapUint32(addr *uint32, new uint32) (old uint32)     { old = *addr; *addr = new; return }
func SwapUint64(addr *uint64, new uint64) (old uint64)     { old = *addr; *addr = new; return }
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { old = *addr; *addr = new; return }

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32           { return x.v }
func (x *Int32) Store(val int32)       { x.v = val }
func (x *Int32) Swap(new int32) int32  { old := x.v; x.v = new; return old }
func (x *Int32) Add(delta int32) int32 { x.v += delta; return x.v }
func (x *Int32) CompareAndSwap(old, new int32) bool {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64           { return x.v }
func (x *Int64) Store(val int64)       { x.v = val }
func (x *Int64) Swap(new int64) int64  { old := x.v; x.v = new; return old }
func (x *Int64) Add(delta int64) int64 { x.v += delta; return x.v }
func (x *Int64) CompareAndSwap(old, new int64) bool {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32            { return x.v }
func (x *Uint32) Store(val uint32)        { x.v = val }
func (x *Uint32) Swap(new uint32) uint32  { old := x.v; x.v = new; return old }
func (x *Uint32) Add(delta uint32) uint32 { x.v += delta; return x.v }
func (x *Uint32) CompareAndSwap(old, new uint32) bool {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64            { return x.v }
func (x *Uint64) Store(val uint64)        { x.v = val }
func (x *Uint64) Swap(new uint64) uint64  { old := x.v; x.v = new; return old }
func (x *Uint64) Add(delta uint64) uint64 { x.v += delta; return x.v }
func (x *Uint64) CompareAndSwap(old, new uint64) bool {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool         { return x.v != 0 }
func (x *Bool) Store(val bool)     { x.v = b32(val) }
func (x *Bool) Swap(new bool) bool { old := x.v != 0; x.v = b32(new); return old }
func (x *Bool) CompareAndSwap(old, new bool) bool {
	if (x.v != 0) == old {
		x.v = b32(new)
		return true
	}
	return false
}

func __sameType(a, b any) bool

type Value struct {
	v any
}

func (v *Value) Load() (val any) { return v.v }

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && !__sameType(v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && !__sameType(v.v, new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return old
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !__sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v != nil && !__sameType(v.v, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
