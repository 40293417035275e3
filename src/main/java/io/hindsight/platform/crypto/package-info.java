/** Encryption of stored secrets and signature checks, with the JDK's own cryptography. */
package io.hindsight.platform.crypto;
