//! Short names for what a module imports from its JavaScript. wasm-bindgen names each import
//! `__wbg_<method>_<16 hex digits>` in a module `./<name>_bg.js`, and both the WebAssembly and
//! its glue carry every name: digits gzip cannot shrink, about 4.7 KB of the first load for
//! 137 imports. The build renames them `_0`, `_1`… and the module `a`, in both files at once;
//! the names mean nothing to either side beyond matching. A glue that names an import other
//! than once (a wasm-bindgen that writes it differently) fails the build, never the page.

use crate::{Fail, fs};
use std::collections::HashMap;
use std::path::Path;

/// Renames the imports of `wasm` and their names in `glue`, both files rewritten in place.
pub fn shorten_files(glue: &Path, wasm: &Path) -> Result<(), Fail> {
    let (script, module) = shorten(&fs::read_to_string(glue)?, &fs::read(wasm)?)
        .map_err(|Fail(why)| Fail(format!("{} and {}: {why}", glue.display(), wasm.display())))?;
    fs::write(glue, script)?;
    fs::write(wasm, module)
}

/// The glue and the module with short import names.
pub fn shorten(glue: &str, wasm: &[u8]) -> Result<(String, Vec<u8>), Fail> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err(Fail::from("not a WebAssembly module"));
    }
    let mut out = wasm[..8].to_vec();
    let mut names: HashMap<String, String> = HashMap::new();
    let mut modules: Vec<String> = Vec::new();
    let mut read = Reader { bytes: wasm, at: 8 };
    while read.at < wasm.len() {
        let id = read.byte()?;
        let size = read.leb()? as usize;
        let start = read.at;
        let body = wasm.get(start..start + size).ok_or("a section runs past the end")?;
        let body = if id == 2 { imports(body, &mut names, &mut modules)? } else { body.to_vec() };
        out.push(id);
        leb(&mut out, body.len() as u64);
        out.extend(body);
        read.at = start + size;
    }
    let mut script = renamed(glue, &names)?;
    for module in &modules {
        let quoted = format!("\"{module}\"");
        if script.matches(&quoted).count() != 1 {
            return Err(Fail(format!("the glue names the module {quoted} other than once")));
        }
        script = script.replacen(&quoted, "\"a\"", 1);
    }
    Ok((script, out))
}

/// The import section with wasm-bindgen's names (module `./…_bg.js`) shortened; `names` and
/// `modules` say what was renamed.
fn imports(body: &[u8], names: &mut HashMap<String, String>, modules: &mut Vec<String>) -> Result<Vec<u8>, Fail> {
    let mut read = Reader { bytes: body, at: 0 };
    let count = read.leb()?;
    let mut out = Vec::new();
    leb(&mut out, count);
    for _ in 0..count {
        let (module, name) = (read.name()?, read.name()?);
        let start = read.at;
        match read.byte()? {
            0 => drop(read.leb()?),
            1 => drop((read.byte()?, read.limits()?)),
            2 => read.limits()?,
            3 => drop((read.byte()?, read.byte()?)),
            4 => drop((read.byte()?, read.leb()?)),
            kind => return Err(Fail(format!("an import of an unknown kind {kind}"))),
        }
        let ours = module.starts_with("./") && module.ends_with("_bg.js");
        let (module, name) = if ours {
            if !modules.contains(&module) {
                modules.push(module);
            }
            let short = format!("_{}", base36(names.len()));
            (String::from("a"), names.entry(name).or_insert(short).clone())
        } else {
            (module, name)
        };
        for text in [&module, &name] {
            leb(&mut out, text.len() as u64);
            out.extend(text.as_bytes());
        }
        out.extend(&body[start..read.at]);
    }
    if read.at != body.len() {
        return Err(Fail::from("the import section has bytes after its imports"));
    }
    Ok(out)
}

/// `glue` with each name of `names` replaced, whole words only; each must occur exactly once.
fn renamed(glue: &str, names: &HashMap<String, String>) -> Result<String, Fail> {
    let mut out = String::with_capacity(glue.len());
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut rest = glue;
    while let Some(start) = rest.find(word) {
        let end = rest[start..].find(|c: char| !word(c)).map_or(rest.len(), |e| start + e);
        out.push_str(&rest[..start]);
        let token = &rest[start..end];
        match names.get_key_value(token) {
            Some((long, short)) => {
                *seen.entry(long).or_default() += 1;
                out.push_str(short);
            }
            None => out.push_str(token),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    let mut wrong: Vec<String> = names
        .keys()
        .filter(|name| seen.get(name.as_str()) != Some(&1))
        .map(|name| format!("{name} ({} times)", seen.get(name.as_str()).unwrap_or(&0)))
        .collect();
    wrong.sort();
    match wrong.is_empty() {
        true => Ok(out),
        false => Err(Fail(format!("the glue does not name each import once: {}", wrong.join(", ")))),
    }
}

fn base36(mut n: usize) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[n % 36]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().map(|&d| d as char).collect()
}

fn leb(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        out.push(if n == 0 { byte } else { byte | 0x80 });
        if n == 0 {
            break;
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, Fail> {
        let byte = *self.bytes.get(self.at).ok_or("the module ends too early")?;
        self.at += 1;
        Ok(byte)
    }

    fn leb(&mut self) -> Result<u64, Fail> {
        let (mut n, mut shift) = (0u64, 0);
        loop {
            let byte = self.byte()?;
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
            shift += 7;
            if shift > 63 {
                return Err(Fail::from("a number too long in the module"));
            }
        }
    }

    fn name(&mut self) -> Result<String, Fail> {
        let length = self.leb()? as usize;
        let bytes = self.bytes.get(self.at..self.at + length).ok_or("a name runs past the end")?;
        self.at += length;
        String::from_utf8(bytes.to_vec()).map_err(|_| Fail::from("a name that is not UTF-8"))
    }

    fn limits(&mut self) -> Result<(), Fail> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 == 1 {
            self.leb()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with a type section, an import section (two functions from the glue, one
    /// memory from elsewhere) and a custom section after it.
    fn module(imports: &[(&str, &str, &[u8])]) -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]);
        let mut body = Vec::new();
        leb(&mut body, imports.len() as u64);
        for (module, name, desc) in imports {
            for text in [module, name] {
                leb(&mut body, text.len() as u64);
                body.extend(text.as_bytes());
            }
            body.extend(*desc);
        }
        wasm.push(2);
        leb(&mut wasm, body.len() as u64);
        wasm.extend(body);
        wasm.extend([0, 4, 3, b'a', b'b', b'c']);
        wasm
    }

    #[test]
    fn the_glue_s_imports_get_short_names_in_both_files_and_others_stay() {
        let long = ("./huquq_bg.js", "__wbg_location_7320782274fc691b", [0u8, 0].as_slice());
        let other = ("./huquq_bg.js", "__wbg___wbindgen_throw_4c88d8bf264fd984", [0u8, 0].as_slice());
        let memory = ("env", "memory", [2u8, 1, 1, 2].as_slice());
        let glue = "function T(){return{\"./huquq_bg.js\":{__wbg_location_7320782274fc691b:function(e){return e.location},\
__wbg___wbindgen_throw_4c88d8bf264fd984:function(e){throw e}}}}const __wbg_location=1;";
        let (script, wasm) = shorten(glue, &module(&[long, other, memory])).unwrap();
        assert_eq!(
            script,
            "function T(){return{\"a\":{_0:function(e){return e.location},_1:function(e){throw e}}}}const __wbg_location=1;"
        );
        assert_eq!(wasm, module(&[("a", "_0", &[0, 0]), ("a", "_1", &[0, 0]), memory]));
    }

    #[test]
    fn a_glue_that_names_an_import_other_than_once_fails() {
        let wasm = module(&[("./huquq_bg.js", "__wbg_a_1", &[0, 0])]);
        let twice = "{\"./huquq_bg.js\":{__wbg_a_1:1,x:__wbg_a_1}}";
        assert_eq!(
            shorten(twice, &wasm).err().unwrap().0,
            "the glue does not name each import once: __wbg_a_1 (2 times)"
        );
        let never = "{\"./huquq_bg.js\":{__wbg_a_10:1}}";
        assert_eq!(
            shorten(never, &wasm).err().unwrap().0,
            "the glue does not name each import once: __wbg_a_1 (0 times)"
        );
        assert!(shorten("{__wbg_a_1:1}", &wasm).is_err(), "no module");
        assert!(shorten("{}", b"not wasm").is_err());
    }

    #[test]
    fn numbers_are_written_as_the_format_says() {
        let mut out = Vec::new();
        leb(&mut out, 624_485);
        assert_eq!(out, [0xe5, 0x8e, 0x26]);
        assert_eq!(Reader { bytes: &out, at: 0 }.leb().unwrap(), 624_485);
        assert_eq!((base36(0), base36(35), base36(36)), ("0".into(), "z".into(), "10".into()));
    }
}
