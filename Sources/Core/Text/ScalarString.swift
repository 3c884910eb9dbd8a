/// Builds a `String` from Unicode scalars by writing their UTF-8 directly.
///
/// `String.UnicodeScalarView.append(contentsOf:)` goes through a slow generic path; slices and
/// token keys are made for every span and token, so this is on the core's hot path.
enum ScalarString {
    static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var length = 0
        for s in scalars { length += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var j = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[j] = UInt8(v); j += 1
                } else if v < 0x800 {
                    buffer[j] = UInt8(0xC0 | (v >> 6)); buffer[j + 1] = UInt8(0x80 | (v & 0x3F)); j += 2
                } else if v < 0x1_0000 {
                    buffer[j] = UInt8(0xE0 | (v >> 12)); buffer[j + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[j + 2] = UInt8(0x80 | (v & 0x3F)); j += 3
                } else {
                    buffer[j] = UInt8(0xF0 | (v >> 18)); buffer[j + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[j + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[j + 3] = UInt8(0x80 | (v & 0x3F)); j += 4
                }
            }
            return j
        }
    }
}
