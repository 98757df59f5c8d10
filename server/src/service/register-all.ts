// Each language registers its features on import. Add one line per language.
import './xl';
import './vz';
import './metafile';
