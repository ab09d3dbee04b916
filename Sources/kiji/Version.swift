/// Kiji's version, in this one place: `kiji --version` and the footer of `kiji report` pages.
enum KijiVersion {
    static let string = "0.1.0"
}
