import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// Legacy Cloud Messaging server keys: AAAA + 7 base64url characters (the sender's key id) +
// ':APA91b' + 134 base64url characters, 152 in all. Device registration tokens share the
// ':APA91b' part but start with a 22-character instance id, and are not reported.
export const firebaseCloudMessagingServerKey: Detector = patternDetector({
  id: 'firebase-cloud-messaging-server-key',
  title: 'Firebase Cloud Messaging legacy server key',
  vendor: 'Firebase',
  severity: 'high',
  keywords: [':apa91b'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation:
    'Delete the server key in the Firebase console (Project settings > Cloud Messaging) and move to the ' +
    'HTTP v1 API with a service account kept in a secret store.',
  examples: {
    positive: [
      { text: "headers['Authorization'] = 'key=AAAAmA5t8CD:APA91bt5E53B9-egoG-NZKidv6COVfhFSFvaw3ifeNqRFl8d_uJeigV_DAdK_Xc0lTkzZ1FjI1aZV-bgDDqTXCtg-7x5RLO7KtWoyqklaqudT5R0NEhY1JaV02Vz_MuF2S-8hmwxUXOf'" },
      { text: 'FCM_SERVER_KEY=AAAA4t3Xnbd:APA91beFmPDzouHK45T2RG89lX6Gpupu-3pqlItN5r-Ppk_a0rpmG_j27_OqDHa6CYulVjNX-ZQ9yCH9i055Fd8JjHnOavnV6RrhAnoRMCOinpdAxQk4E4OcOVM7PLlJqSgMiL1alGRy', path: '.env' },
    ],
    negative: [
      { text: 'token = "_HYylkjzqUf9-KCyIvM_xy:APA91bJa5NcV4I1CZduOEtRxxiq1tj9QewoncdH3tIHIG5_JfDXR5ZNUNghGMvpnxfce7biGASxymDoGhEa59dGyqQrff1BpETPzi-jfGAOR-ryz-pt34SqH7vMJHhY2I7kNGV0Adumb"', why: 'a device registration token' },
      { text: 'FCM_SERVER_KEY=AAAA4t3Xnbd:APA91beFmPDzouHK45T2RG89lX6Gpupu-3pqlItN5r', why: 'truncated' },
      { text: 'const TOKEN = "cM7dQwX0Rk2:APA91bH-example_fcm_registration_token_1234567890";', why: 'placeholder token' },
    ],
  },
});
