//! Temporary files for streaming sinks: what a format prints after a part
//! of the run that is not finished yet (text prints every finding before the
//! first compliance table; JSON every report before the first finding) is
//! written to a spill file as reports arrive and copied to the output at the
//! end. Memory then holds one small index entry per report, never the
//! findings or the text.

use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};

/// A temporary file that is written once, then read back. It has no name:
/// the operating system removes it when the last handle closes, so nothing
/// is left in the temporary directory even when the process is killed or
/// exits without unwinding (a named file removed on drop was left behind by
/// every run that ended in `std::process::exit`).
pub struct Spill {
    file: BufWriter<File>,
    len: u64,
}

impl Spill {
    pub fn new() -> io::Result<Spill> {
        Ok(Spill {
            file: BufWriter::with_capacity(1 << 16, tempfile::tempfile()?),
            len: 0,
        })
    }

    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.len += bytes.len() as u64;
        self.file.write_all(bytes)
    }

    /// Bytes written so far.
    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Copies everything written to `out`.
    pub fn copy_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let mut reader = self.reader()?;
        io::copy(&mut reader, out)?;
        Ok(())
    }

    /// Flushes and returns a reader from the start.
    fn reader(&mut self) -> io::Result<io::BufReader<File>> {
        self.file.flush()?;
        let mut file = self.file.get_ref().try_clone()?;
        file.seek(SeekFrom::Start(0))?;
        Ok(io::BufReader::with_capacity(1 << 16, file))
    }
}

/// Blocks written per report and copied out in path order: findings are
/// ordered by path in every format (as [`dutycheck_model::CheckRun::new`]
/// sorts them), while reports arrive in input order, which is directory
/// order and not always the string order of the paths.
pub struct PathOrdered {
    spill: Spill,
    /// (path, offset, length) of each report's block.
    blocks: Vec<(String, u64, u64)>,
}

impl PathOrdered {
    pub fn new() -> io::Result<PathOrdered> {
        Ok(PathOrdered {
            spill: Spill::new()?,
            blocks: Vec::new(),
        })
    }

    /// The block of the report at `path`. Empty blocks cost nothing.
    pub fn push(&mut self, path: &str, bytes: &[u8]) -> io::Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        let start = self.spill.len();
        self.spill.write_all(bytes)?;
        self.blocks
            .push((path.to_string(), start, bytes.len() as u64));
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// Calls `each` with every block and its path, sorted by path (stable),
    /// for a format that fills in what only the end of the run knows. One
    /// block is in memory at a time.
    pub fn for_each_block(
        &mut self,
        mut each: impl FnMut(&str, &[u8]) -> io::Result<()>,
    ) -> io::Result<()> {
        self.blocks.sort_by(|a, b| a.0.cmp(&b.0));
        let mut reader = self.spill.reader()?;
        let mut position = 0u64;
        let mut buffer = Vec::new();
        for (path, start, len) in &self.blocks {
            if *start != position {
                reader.seek(SeekFrom::Start(*start))?;
            }
            buffer.clear();
            (&mut reader).take(*len).read_to_end(&mut buffer)?;
            each(path, &buffer)?;
            position = start + len;
        }
        Ok(())
    }

    /// Copies the blocks to `out`, sorted by path (stable: blocks of one
    /// path keep their order), skipping the first `skip` bytes of the first
    /// block (a separator that only goes between elements).
    pub fn copy_to(&mut self, out: &mut dyn Write, skip: u64) -> io::Result<()> {
        self.blocks.sort_by(|a, b| a.0.cmp(&b.0));
        let mut reader = self.spill.reader()?;
        let mut position = 0u64;
        for (i, (_, start, len)) in self.blocks.iter().enumerate() {
            let (start, len) = if i == 0 {
                (start + skip.min(*len), len - skip.min(*len))
            } else {
                (*start, *len)
            };
            if start != position {
                reader.seek(SeekFrom::Start(start))?;
            }
            io::copy(&mut (&mut reader).take(len), out)?;
            position = start + len;
        }
        Ok(())
    }
}
