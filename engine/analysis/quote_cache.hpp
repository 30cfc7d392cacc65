// What the quote bank's text pipeline made of each comment and note, kept in the store
// (table passage_result) so that a re-run, or a run after one more export, prepares only
// the passages that are new or changed. A row is used only when the passage's question
// and text hash the same and it was made by the same pipeline: this build of canvass, the
// same tone model, name lists and word lists (their files' bytes), codebook and names to
// redact. Rows of other pipelines and of passages no longer in the store are removed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/quote_passages.hpp"
#include "analysis/quote_prepare.hpp"
#include "store/sqlite.hpp"

namespace canvass {

struct QuoteResources;
struct QuoteOptions;

// The fingerprint of the data files the pipeline reads (tone, names, places, words under
// `data_folder`); empty when one cannot be read.
std::string data_fingerprint(const std::string& data_folder);

// The fingerprint of everything that shapes a passage's pieces; nothing when it cannot
// name the code (a build without a build ID): then nothing is reused or kept.
std::optional<std::int64_t> pipeline_fingerprint(const QuoteResources& resources, const QuoteOptions& options);

// The passage's row key (a comment's id, minus a note's id) and the hash of its question and text.
std::int64_t passage_key(const Passage& p);
std::int64_t passage_text_hash(const Passage& p);

// A passage's pieces as bytes; a piece that is the passage's whole text (nothing
// redacted), as most are, is stored as a mark, not again.
std::string encode_pieces(const std::vector<PreparedPiece>& pieces, std::string_view passage_text);
// Nothing when the bytes are not what encode_pieces wrote.
std::optional<std::vector<PreparedPiece>> decode_pieces(std::string_view bytes, std::string_view passage_text);

// Writes the rows of passages prepared afresh, inside the caller's transaction, and at
// the end removes stale rows.
class PassageResultWriter {
 public:
  static Result<PassageResultWriter> open(Database& db, std::int64_t pipeline);
  Status write(std::int64_t key, std::int64_t text_hash, std::string_view pieces);
  // Rows of another pipeline, or of comments and notes gone from the store, leave.
  Status remove_stale();

 private:
  PassageResultWriter(Database& db, Statement insert, std::int64_t pipeline)
      : db_(&db), insert_(std::move(insert)), pipeline_(pipeline) {}
  Database* db_;
  Statement insert_;
  std::int64_t pipeline_;
};

}  // namespace canvass
