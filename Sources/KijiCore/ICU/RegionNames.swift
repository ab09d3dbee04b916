import CICU

/// Country and region names from ICU's locale display data.
public enum RegionNames {
    /// ISO 3166 code → English display name ("JP" → "Japan"), for every country ICU knows.
    public static let english: [String: String] = {
        var names: [String: String] = [:]
        for index in 0..<kiji_country_count() {
            guard let raw = kiji_country_code(index) else { continue }
            let code = String(cString: raw)
            var buffer = [UInt16](repeating: 0, count: 256)
            var error: Int32 = 0
            let length = kiji_region_display_name("und_\(code)", "en", &buffer, 256, &error)
            guard error <= 0, length > 0 else { continue }
            let name = String(decoding: buffer[0..<Int(length)], as: UTF16.self)
            if name != code { names[code] = name }
        }
        return names
    }()
}
