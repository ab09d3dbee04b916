import CICU

/// Unicode normalization forms through ICU.
public enum NormalizationForm: Int32, Sendable { case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3 }

extension String {
    /// This string normalized to `form` (unchanged if ICU fails, which it does not for valid text).
    public func normalized(_ form: NormalizationForm) -> String {
        if self.utf8.allSatisfy({ $0 < 0x80 }) { return self }
        let source = Array(self.utf16)
        var capacity = source.count * 3 + 16
        for _ in 0..<2 {
            var destination = [UInt16](repeating: 0, count: capacity)
            var error: Int32 = 0
            let length = kiji_normalize(form.rawValue, source, Int32(source.count), &destination, Int32(capacity), &error)
            if error == 0 || error < 0 {
                return String(decoding: destination[0..<Int(length)], as: UTF16.self)
            }
            capacity = Int(length) + 16
        }
        return self
    }

    /// Without diacritics: canonical decomposition with the combining marks removed ("Katō" → "Kato").
    public var withoutDiacritics: String {
        if self.utf8.allSatisfy({ $0 < 0x80 }) { return self }
        var scalars = String.UnicodeScalarView()
        for scalar in normalized(.nfd).unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return String(scalars).normalized(.nfc)
    }
}
