//! Output formats: JSON Lines (one compact record a line, the default), one
//! JSON array, and either of them indented.

use std::io::{self, Write};

use crate::record::Record;

/// How records are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One record per line.
    JsonLines,
    /// One JSON array holding every record.
    JsonArray,
}

/// Writes records one at a time in a [`Format`], so nothing holds the whole
/// corpus.
pub struct RecordWriter<W: Write> {
    out: W,
    format: Format,
    pretty: bool,
    written: usize,
}

impl<W: Write> RecordWriter<W> {
    /// A writer; call [`RecordWriter::finish`] after the last record.
    pub fn new(out: W, format: Format, pretty: bool) -> Self {
        RecordWriter {
            out,
            format,
            pretty,
            written: 0,
        }
    }

    /// Writes one record.
    pub fn write(&mut self, record: &Record) -> io::Result<()> {
        if self.format == Format::JsonArray {
            let lead: &[u8] = match (self.written, self.pretty) {
                (0, true) => b"[\n",
                (0, false) => b"[",
                (_, true) => b",\n",
                (_, false) => b",",
            };
            self.out.write_all(lead)?;
        }
        if self.pretty {
            serde_json::to_writer_pretty(&mut self.out, record)?;
        } else {
            serde_json::to_writer(&mut self.out, record)?;
        }
        if self.format == Format::JsonLines {
            self.out.write_all(b"\n")?;
        }
        self.written += 1;
        Ok(())
    }

    /// Closes the array (if any) and flushes.
    pub fn finish(mut self) -> io::Result<W> {
        if self.format == Format::JsonArray {
            let tail: &[u8] = match (self.written, self.pretty) {
                (0, _) => b"[]\n",
                (_, true) => b"\n]\n",
                (_, false) => b"]\n",
            };
            self.out.write_all(tail)?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(format: Format, pretty: bool, n: usize) -> String {
        let mut w = RecordWriter::new(Vec::new(), format, pretty);
        for _ in 0..n {
            w.write(&Record::default()).unwrap();
        }
        String::from_utf8(w.finish().unwrap()).unwrap()
    }

    #[test]
    fn json_lines_one_per_line() {
        let out = written(Format::JsonLines, false, 2);
        assert_eq!(out.lines().count(), 2);
        for line in out.lines() {
            serde_json::from_str::<Record>(line).unwrap();
        }
    }

    #[test]
    fn array_is_valid_json_whatever_the_count() {
        for n in [0, 1, 3] {
            for pretty in [false, true] {
                let out = written(Format::JsonArray, pretty, n);
                let records: Vec<Record> = serde_json::from_str(&out).unwrap();
                assert_eq!(records.len(), n);
            }
        }
    }
}
