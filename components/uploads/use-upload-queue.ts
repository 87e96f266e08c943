'use client';
// The upload queue (lib/client/upload-queue.ts) as React state.
import { useSyncExternalStore } from 'react';
import { type UploadItem, uploadStore } from '@/lib/client/upload-queue';

const NONE: UploadItem[] = [];

export function useUploadItems(): UploadItem[] {
  return useSyncExternalStore(uploadStore.subscribe, uploadStore.items, () => NONE);
}

export function useUploadPanelOpen(): boolean {
  return useSyncExternalStore(uploadStore.subscribe, uploadStore.isOpen, () => false);
}
