// What the quote bank's text pipeline made of each comment and note, kept in the store
// (table passage_result) so that a re-run, or a run after one more export, prepares only
// the passages that are new or changed. A row is used only when the passage's question
// and text hash the same and it was made by the same pipeline: this build of canvass, the
// same tone model, name lists and word lists (their files' bytes), codebook and names to
// redact. Rows of other pipelines and of passages no longer in the store are removed.
#pragma once

#include <cstdint>
#include <memory>
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

// Keeps the rows of passages prepared afresh. While the bank is built they go to a private
// temporary database on its own connection, so the store is not locked (another canvass
// command may write to it meanwhile) and memory stays flat; finish() then moves them into
// the store and removes stale rows in one short transaction.
class PassageResultWriter {
 public:
  static Result<PassageResultWriter> open(const std::string& store, std::int64_t pipeline);
  Status write(std::int64_t key, std::int64_t text_hash, std::string_view pieces);
  // Commits what is written and removes rows of another pipeline, or of comments and
  // notes gone from the store.
  Status finish();

 private:
  PassageResultWriter(std::unique_ptr<Database> db, Statement insert, std::int64_t pipeline)
      : db_(std::move(db)), insert_(std::move(insert)), pipeline_(pipeline) {}
  std::unique_ptr<Database> db_;  // first: it outlives the statement
  Statement insert_;
  std::int64_t pipeline_;
  bool open_ = false;  // a transaction on the temporary database
};

}  // namespace canvass
