// Shaped on three.js 0.170.0's examples/jsm/misc/MD2Character.js (the general benchmark tree): MD2 and MD5
// there are Quake II's and Doom 3's 3D model formats, no digest; a file of the same project hashing with
// MD5 still uses it.
import { MD2Loader } from '../loaders/MD2Loader.js';
import { MD5MeshLoader } from '../loaders/MD5MeshLoader.js';
import md5 from 'md5'; // qready-expect: MD5 reference

class MD2Character {
  constructor() {
    this.loader = new MD2Loader();
    this.meshes = new MD5MeshLoader();
    this.cacheKey = md5(this.name); // qready-expect: MD5 digest
  }
}

export { MD2Character };
