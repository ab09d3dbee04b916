import Foundation
import KijiClaims
import KijiCore

/// What every reader of a store (export, claims, report) may ask of it, whichever engine holds
/// it. Documents are kept under the content hash of their input; every id read is kept, a
/// second id with the same content as a copy of the first (its claims are the first's, counted
/// once).
public protocol DocumentStore: AnyObject {
    /// The SQLite path or the PostgreSQL address the store was opened with.
    var location: String { get }
    /// Distinct documents (contents) stored; copies are not counted.
    func documentCount() throws -> Int
    /// Ids stored: the documents and their copies.
    func idCount() throws -> Int
    /// Whether a document with this content hash is stored.
    func contains(hash: String) throws -> Bool
    /// The stored annotation of the document with this content hash.
    func document(hash: String) throws -> Document?
    /// Every stored claim with its document id, in the order documents were stored.
    func storedClaims() throws -> [(document: String, claim: Claim)]
    /// Each stored id's annotation line, in the order stored; a copy's line is its document's
    /// with its own `id` and `"copy_of"`: the id of the document it duplicates.
    func forEachAnnotation(_ body: (Data) throws -> Void) throws
    /// The clusters whose claims come from two or more stored documents, largest first.
    func crossDocumentClusters() throws -> [ClusterReport]
}

/// A store failure worth a plain message (no usage text): a bad address, an older schema, a
/// server's refusal.
public struct StoreError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
