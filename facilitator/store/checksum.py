"""The checksum every stored record carries, so a flipped bit on the disk is found, not believed.

CRC-32 over the record's part, key and body (their UTF-8 bytes, separated by NUL, which none of
them contains: JSON escapes it). CRC-32 detects every single-bit error and every burst of up to
32 bits in the bytes it covers, and a flipped bit in the stored checksum itself fails to match as
well. It guards against decay of the disk, not against a forged file; zlib computes it at GB/s.
"""

import zlib


def checksum_of_bytes(part: bytes, key: bytes, body: bytes) -> int:
    return zlib.crc32(body, zlib.crc32(key + b"\x00", zlib.crc32(part + b"\x00")))


def record_checksum(part: str, key: str, body: str) -> int:
    return checksum_of_bytes(part.encode(), key.encode(), body.encode())
