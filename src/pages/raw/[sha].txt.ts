/**
 * `/raw/<sha256>.txt`: each raw bulletin exactly as received, byte for byte, addressed by
 * the SHA-256 its entry's page shows, so a reader can check the hash and the text against
 * the archive's version. Served as plain text (the `.txt` name makes a static host say
 * `text/plain`), so a bulletin holding HTML or script is shown, never run.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRawFiles } from '../../data/raw.ts';

export const getStaticPaths = (async () => {
  const files = await getRawFiles();
  return [...files].map(([sha, bytes]) => ({ params: { sha }, props: { bytes } }));
}) satisfies GetStaticPaths;

interface Props {
  bytes: Uint8Array;
}

/** The bytes as they are: no decoding, so a legacy encoding or a BOM reaches the reader unchanged. */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(new Uint8Array(props.bytes), {
    // No charset: the bytes may be GB18030 or Windows-1252 (the entry's page says which was guessed).
    headers: { 'content-type': 'text/plain', 'x-content-type-options': 'nosniff' },
  });
