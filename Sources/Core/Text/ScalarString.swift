extension String {
    /// A string from a run of scalars, UTF-8 encoded straight into the string's storage.
    /// (`UnicodeScalarView.append(contentsOf:)` goes through a slow generic path.)
    @inlinable
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for s in scalars { count += UTF8ScalarWriter.width(s.value) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for s in scalars { UTF8ScalarWriter.write(s.value, into: buffer, at: &i) }
            return i
        }
    }
}

/// UTF-8 encoding of one scalar value, for the fast paths that build strings and hashes.
@usableFromInline
enum UTF8ScalarWriter {
    @inlinable @inline(__always)
    static func width(_ v: UInt32) -> Int { v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }

    /// Writes at `i` and advances it; the caller sized the buffer (`width`), so the offsets
    /// cannot overflow and are advanced without overflow checks.
    @inlinable @inline(__always)
    static func write(_ v: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        if v < 0x80 {
            buffer[i] = UInt8(v); i &+= 1
        } else if v < 0x800 {
            buffer[i] = UInt8(0xC0 | (v >> 6)); buffer[i &+ 1] = UInt8(0x80 | (v & 0x3F)); i &+= 2
        } else if v < 0x10000 {
            buffer[i] = UInt8(0xE0 | (v >> 12)); buffer[i &+ 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            buffer[i &+ 2] = UInt8(0x80 | (v & 0x3F)); i &+= 3
        } else {
            buffer[i] = UInt8(0xF0 | (v >> 18)); buffer[i &+ 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            buffer[i &+ 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[i &+ 3] = UInt8(0x80 | (v & 0x3F)); i &+= 4
        }
    }

    /// Feeds the UTF-8 bytes of one scalar value to an FNV-1a hash.
    @inlinable @inline(__always)
    static func hash(_ v: UInt32, into h: inout UInt64) {
        @inline(__always) func mix(_ b: UInt32) { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        if v < 0x80 { mix(v) }
        else if v < 0x800 { mix(0xC0 | (v >> 6)); mix(0x80 | (v & 0x3F)) }
        else if v < 0x10000 { mix(0xE0 | (v >> 12)); mix(0x80 | ((v >> 6) & 0x3F)); mix(0x80 | (v & 0x3F)) }
        else { mix(0xF0 | (v >> 18)); mix(0x80 | ((v >> 12) & 0x3F)); mix(0x80 | ((v >> 6) & 0x3F)); mix(0x80 | (v & 0x3F)) }
    }
}
